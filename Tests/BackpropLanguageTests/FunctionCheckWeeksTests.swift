import Testing
@testable import BackpropLanguage

/// `check` across the course's weeks: names that two weeks share (initialize_parameters,
/// compute_cost, update_parameters, predict) are told apart by the learner's signature, and by
/// running both when the signature is the same; week 2 and 3's own diagnoses.
@Suite struct FunctionCheckWeeksTests {
    static func check(_ command: String, after program: String) -> String { FunctionCheckTests.check(command, after: program).text }

    static let weekThreeInitialization = ShallowNetworkFunctions.initializeParameters.reference + "\n"
    static let weekFourInitialization = DeepNetworkFunctions.initializeParameters.reference + "\n"

    // MARK: One name, two weeks

    @Test func initializeParametersIsCheckedAsTheWeekItAgreesWith() {
        let three = flattened(Self.check("check initialize_parameters", after: Self.weekThreeInitialization))
        #expect(three.contains("check initialize_parameters (week 3, planar data classification):"), "\(three)")
        #expect(three.contains("(initialize_parameters with these parameters is in week 3 and week 4; checked as week 3's, which yours agrees with most (cases passing: week 3's 3 of 3, week 4's 0 of 4))"), "\(three)")
        #expect(three.contains("initialize_parameters is right on all 3 cases"), "\(three)")
        let four = flattened(Self.check("check initialize_parameters", after: Self.weekFourInitialization))
        #expect(four.contains("check initialize_parameters (week 4, the deep network step by step):"), "\(four)")
        #expect(four.contains("checked as week 4's, which yours agrees with most (cases passing: week 3's 0 of 3, week 4's 4 of 4)"), "\(four)")
    }

    @Test func theOlderWeekThreeInitializationSeedingItselfIsRightToo() {
        let program = Self.weekThreeInitialization.replacingOccurrences(of: "    W1 = np.random.randn", with: "    np.random.seed(2)\n    W1 = np.random.randn")
        let text = Self.check("check initialize_parameters", after: program)
        #expect(text.contains("(week 3, planar data classification)") && text.contains("initialize_parameters is right on all"), "\(text)")
    }

    @Test func aTieGoesToTheWeekOfTheOtherFunctionsDefined() {
        let swapped = (DeepNetworkFunctions.initializeParameters.mistakes[0].definition(from: DeepNetworkFunctions.initializeParameters.reference) ?? "") + "\n"
        let alone = flattened(Self.check("check initialize_parameters", after: swapped))
        #expect(alone.contains("checked as week 3's, the earlier (yours agrees with each as often: week 3's 0 of 3, week 4's 0 of 4)"), "\(alone)")
        let withWeekFour = flattened(Self.check("check initialize_parameters", after: FunctionCheck.referenceProgram(for: .deepNetwork) + swapped))
        #expect(withWeekFour.contains("checked as week 4's, the week of the other course functions you have defined"), "\(withWeekFour)")
        #expect(withWeekFour.contains("most likely: the dimensions the wrong way round"), "\(withWeekFour)")
    }

    @Test func anotherSeedInsideWeekThreesInitializationIsNamed() {
        let program = Self.weekThreeInitialization.replacingOccurrences(of: "    W1 = np.random.randn", with: "    np.random.seed(5)\n    W1 = np.random.randn")
        let text = flattened(Self.check("check initialize_parameters", after: program))
        #expect(text.contains("check initialize_parameters (week 3, planar data classification):"), "\(text)")
        #expect(text.contains("most likely: not seeded as the course seeds: your function calls np.random.seed(5); the course's has no seed of its own and draws from np.random.seed(2)"), "\(text)")
    }

    @Test func predictsTwoSignaturesPickTheirWeeks() {
        let two = Self.check("check predict", after: LogisticRegressionFunctions.sigmoid.reference + "\n" + LogisticRegressionFunctions.predict.reference + "\n")
        #expect(two.contains("check predict (week 2, logistic regression):") && two.contains("predict is right on all"), "\(two)")
        #expect(!two.contains("is in week"), "the signature alone tells: \(two)")
        let three = Self.check("check predict", after: ShallowNetworkFunctions.forwardPropagation.reference + "\n" + ShallowNetworkFunctions.predict.reference + "\n")
        #expect(three.contains("check predict (week 3, planar data classification):") && three.contains("predict is right on all"), "\(three)")
        let neither = flattened(Self.check("check predict", after: "def predict(X):\n    return X\n"))
        #expect(neither.contains("your predict(X) takes 1 argument; the course's takes 3 in week 2 (predict(w, b, X)) and 2 in week 3 (predict(parameters, X))"), "\(neither)")
    }

    @Test func computeCostIsPickedByItsParameterNames() {
        let three = Self.check("check compute_cost", after: ShallowNetworkFunctions.computeCost.reference + "\n")
        #expect(three.contains("check compute_cost (week 3, planar data classification):") && !three.contains("is in week"), "\(three)")
        let four = Self.check("check compute_cost", after: DeepNetworkFunctions.computeCost.reference + "\n")
        #expect(four.contains("check compute_cost (week 4, the deep network step by step):") && !four.contains("is in week"), "\(four)")
        // Other names: both weeks run, and both agree (a float and a 0-d array are the same number).
        let renamed = ShallowNetworkFunctions.computeCost.reference.replacingOccurrences(of: "A2", with: "A")
        let ambiguous = flattened(Self.check("check compute_cost", after: renamed + "\n"))
        #expect(ambiguous.contains("compute_cost with these parameters is in week 3 and week 4; checked as week 3's, the earlier (yours agrees with each as often"), "\(ambiguous)")
        #expect(ambiguous.contains("compute_cost is right on all"), "\(ambiguous)")
    }

    @Test func updateParametersIsPickedByItsParameterNames() {
        let three = Self.check("check update_parameters", after: CourseHelpers.module(for: .shallowNetwork) + ShallowNetworkFunctions.updateParameters.reference + "\n")
        #expect(three.contains("check update_parameters (week 3, planar data classification):") && three.contains("is right on all"), "\(three)")
        let four = Self.check("check update_parameters", after: DeepNetworkFunctions.updateParameters.reference + "\n")
        #expect(four.contains("check update_parameters (week 4, the deep network step by step):") && four.contains("is right on all"), "\(four)")
    }

    // MARK: check alone

    @Test func checkAloneChecksEachNameOnce() {
        let text = Self.check("check", after: FunctionCheck.referenceProgram(for: .shallowNetwork))
        for entry in ShallowNetworkFunctions.all {
            #expect(text.components(separatedBy: "check \(entry.name) (").count == 2, "\(entry.name) once: \(text)")
            #expect(text.contains("\(entry.name) is right on all"), "\(text)")
        }
        #expect(!text.contains("check sigmoid"), "planar_utils' sigmoid is a helper here: \(text)")
    }

    @Test func checkAloneChecksWeekTwosSigmoidInAWeekTwoSession() {
        let text = Self.check("check", after: FunctionCheck.referenceProgram(for: .logisticRegression))
        for entry in LogisticRegressionFunctions.all {
            #expect(text.contains("check \(entry.name) (week 2, logistic regression):") && text.contains("\(entry.name) is right on all"), "\(text)")
        }
    }

    @Test func checkSigmoidInAWeekFourSessionSaysWeekTwosReturnsSAlone() {
        let text = flattened(Self.check("check sigmoid", after: FunctionCheck.referenceProgram(for: .deepNetwork)))
        #expect(text.contains("check sigmoid (week 2, logistic regression):"), "\(text)")
        #expect(text.contains("expected an array of shape (2,), yours is a tuple of 2 the course's sigmoid in week 2 returns s alone, not a tuple"), "\(text)")
    }

    // MARK: Week 2 and 3 diagnoses

    @Test func theOlderNotebooksRoundedPredictionsAreRightToo() {
        let program = ShallowNetworkFunctions.forwardPropagation.reference + "\n"
            + ShallowNetworkFunctions.predict.reference.replacingOccurrences(of: "(A2 > 0.5)", with: "np.round(A2)") + "\n"
        let text = Self.check("check predict", after: program)
        #expect(text.contains("predict is right on all"), "floats 0. and 1. are the booleans' numbers: \(text)")
    }

    @Test func aPropagateReturningTheCostAsAOneByOneArrayIsTold() {
        let program = LogisticRegressionFunctions.sigmoid.reference + "\n" + """
        def propagate(w, b, X, Y):
            m = X.shape[1]
            A = sigmoid(np.dot(w.T, X) + b)
            cost = -1 / m * (np.dot(Y, np.log(A).T) + np.dot(1 - Y, np.log(1 - A).T))
            dw = 1 / m * np.dot(X, (A - Y).T)
            db = 1 / m * np.sum(A - Y)
            return {"dw": dw, "db": db}, cost

        """
        let text = flattened(Self.check("check propagate", after: program))
        #expect(text.contains("FAIL the course's test case (w = [[1.], [2.]], b = 2., m = 3): cost has the wrong shape"), "\(text)")
        #expect(text.contains("the number is right, but cost has shape (1, 1) where the course returns a number: np.squeeze(cost) makes it so"), "\(text)")
    }

    @Test func aMissingOneOverMInPropagateIsNamedWithTheFactorWhenNotPlanted() {
        let program = LogisticRegressionFunctions.sigmoid.reference + "\n" + LogisticRegressionFunctions.propagate.reference
            .replacingOccurrences(of: "db = 1 / m * np.sum(A - Y)", with: "db = np.sum(A - Y)") + "\n"
        let text = flattened(Self.check("check propagate", after: program))
        #expect(text.contains("grads[\"db\"] has wrong values"), "\(text)")
        #expect(text.contains("most likely: missing 1/m: the cost is the mean of the m losses"), "the planted mistake that slips the same line: \(text)")
        #expect(text.contains("pass one example (m = 1)"), "\(text)")
    }

    @Test func aWrongPropagateMakesOptimizeWrongAndIsPointedAt() {
        let program = FunctionCheck.referenceProgram(for: .logisticRegression)
            .replacingOccurrences(of: "    m = X.shape[1]\n    A = sigmoid", with: "    m = X.shape[0]\n    A = sigmoid")
        let text = flattened(Self.check("check optimize", after: program))
        #expect(text.contains("params[\"w\"] has wrong values"), "\(text)")
        #expect(text.contains("note your optimize calls your propagate, which is wrong too"), "\(text)")
    }

    @Test func aFlatZeroWeightIsToldToBeAColumn() {
        let text = flattened(Self.check("check initialize_with_zeros", after: "def initialize_with_zeros(dim):\n    return np.zeros(dim), 0.\n"))
        #expect(text.contains("w is a rank-1 array (2,) with the right numbers; the course keeps it a column (2, 1) (make it with the shape (2, 1), or .reshape(2, 1))"), "\(text)")
    }

    @Test func anOlderInitializationMakesNnModelStartFromSeedTwo() {
        let program = FunctionCheck.referenceProgram(for: .shallowNetwork)
            .replacingOccurrences(of: "    W1 = np.random.randn(n_h, n_x) * 0.01", with: "    np.random.seed(2)\n    W1 = np.random.randn(n_h, n_x) * 0.01")
        let text = flattened(Self.check("check nn_model", after: program))
        #expect(text.contains("most likely: not seeded as the course seeds: the starting weights are the ones np.random.seed(2) draws"), "\(text)")
    }

    @Test func anUnplantedDerivativeMistakeStillPointsAtDW1() {
        let program = FunctionCheck.referenceProgram(for: .shallowNetwork)
            .replacingOccurrences(of: "(1 - np.power(A1, 2))", with: "(1 - A1) ** 2")
        let text = flattened(Self.check("check backward_propagation", after: program))
        #expect(text.contains("dW of layer 1 (grads[\"dW1\"]) has wrong values"), "\(text)")
    }
}

/// One entry's course test case and what numpy's repr of the reference's result is.
struct CheckFixture: Sendable, CustomStringConvertible {
    let week: Int
    let name: String
    /// Which of the entry's cases: the first, or a later one that is the course's too (the newer notebook's).
    var `case` = 0
    let repr: String

    var description: String { "week \(week) \(name)" + (`case` == 0 ? "" : " case \(`case`)") }
}

/// The catalogue's course test cases give the notebooks' numbers: the first case of each entry,
/// run with the reference in Backprop, prints numpy's repr to the character
/// (scripts/generate-check-fixtures.py ran the course's own setup and the same reference in numpy).
@Suite struct CheckFixtureTests {
    @Test(arguments: CheckFixtures.courseCases)
    func theCoursesTestCaseGivesTheNotebooksNumbers(_ fixture: CheckFixture) throws {
        let entry = try #require(CheckCommands.catalogue.first { $0.week.rawValue == fixture.week && $0.name == fixture.name })
        var random = CaseRandom(seed: 1)
        let cases = entry.cases(&random)
        try #require(fixture.case < cases.count)
        let course = cases[fixture.case]
        #expect(course.title.hasPrefix("the course's") || course.title.hasPrefix("the newer notebook's"), "a course's case: \(course.title)")
        var session = Session(commands: [], functions: .standard)
        session.environment = FunctionCheck.referenceEnvironment(for: entry.week)
        let result = session.execute(SourceText(course.setup + "print(repr(\(entry.callText)))\n", name: "<fixture>"), allowingCommands: false)
        #expect(!result.failed, "\(result.diagnostics.map(\.message))")
        let printed = result.outputs.compactMap { if case let .printed(text) = $0 { text } else { nil } }
        #expect(printed == [fixture.repr])
    }

    @Test func everyEntryHasAFixture() {
        let fixtures = Set(CheckFixtures.courseCases.map(\.description))
        for entry in CheckCommands.catalogue {
            #expect(fixtures.contains("week \(entry.week.rawValue) \(entry.name)"), "no fixture for \(entry.week.name)'s \(entry.name): run scripts/generate-check-fixtures.py")
        }
    }
}
