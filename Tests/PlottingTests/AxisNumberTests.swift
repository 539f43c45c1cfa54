import Testing
@testable import Plotting

@Suite struct AxisNumberTests {
    @Test func roundsToSignificantDigits() {
        #expect(AxisNumber.format(0.693147180559945) == "0.6931")
        #expect(AxisNumber.format(0.7) == "0.7")
        #expect(AxisNumber.format(-2.5) == "-2.5")
        #expect(AxisNumber.format(12345.6) == "12346")
        #expect(AxisNumber.format(0.000123456) == "0.0001235")
        #expect(AxisNumber.format(100) == "100")
    }

    @Test func switchesToScientificForVeryLargeOrSmall() {
        #expect(AxisNumber.format(2.5e7) == "2.5e+07")
        #expect(AxisNumber.format(-3.14159e-9) == "-3.142e-09")
        #expect(AxisNumber.format(9.99996e-6) == "1e-05")
        #expect(AxisNumber.format(1e300) == "1e+300")
    }

    @Test func specialValues() {
        #expect(AxisNumber.format(0) == "0")
        #expect(AxisNumber.format(-0.0) == "0")
        #expect(AxisNumber.format(.nan) == "nan")
        #expect(AxisNumber.format(-.infinity) == "-inf")
        #expect(AxisNumber.format(.leastNonzeroMagnitude) == "4.941e-324")
    }

    @Test func fixedDecimalsHideFloatingPointNoise() {
        #expect(AxisNumber.format(0.1 * 3, decimals: 1) == "0.3")
        #expect(AxisNumber.format(2000, decimals: 0) == "2000")
        #expect(AxisNumber.format(-0.04, decimals: 1) == "0")
    }

    @Test func decimalExponentIsExactAtPowersOfTen() {
        #expect(AxisNumber.decimalExponent(of: 1000) == 3)
        #expect(AxisNumber.decimalExponent(of: 999.9999) == 2)
        #expect(AxisNumber.decimalExponent(of: 0.001) == -3)
        #expect(AxisNumber.decimalExponent(of: -0.0099) == -3)
    }

    @Test func niceTicksUseOneTwoFiveSteps() {
        let iterations = NiceTicks(low: 0, high: 9900, maximumCount: 5)
        #expect(iterations.values == [0, 2000, 4000, 6000, 8000])
        #expect(iterations.decimals == 0)
        let costs = NiceTicks(low: 0.224, high: 0.7, maximumCount: 3)
        #expect(costs.values.map { AxisNumber.format($0, decimals: costs.decimals) } == ["0.4", "0.6"])
        #expect(NiceTicks(low: 1, high: 1, maximumCount: 3).values == [1])
        #expect(NiceTicks(low: .nan, high: 1, maximumCount: 3).values == [])
    }
}
