/// The resolver, as in Crafting Interpreters: run once when `def` runs, before any call. It marks
/// each name in the body that is one of the function's own variables with that variable's slot
/// in the call's frame (`Expression.localSlot`, `AssignmentTarget.localSlot`), so the interpreter
/// reads and writes locals by position instead of hashing their names on every use.
///
/// Only code that runs in this function's frame is marked: a nested `def` or `lambda` body runs
/// in a frame of its own and is resolved when that function is made (its default values, which
/// run here, are marked). A name left unmarked is looked up by name, as before, so a name the
/// resolver does not reach is slower, never wrong.
struct Resolver {
    let scope: FunctionScope

    func resolve(_ statements: [Statement]) -> [Statement] {
        statements.map(resolve)
    }

    func resolve(_ statement: Statement) -> Statement {
        var resolved = statement
        switch statement.kind {
        case let .expression(expression):
            resolved.kind = .expression(resolve(expression))
        case let .assignment(target, compoundOperator, value):
            resolved.kind = .assignment(target: resolve(target), compoundOperator: compoundOperator, value: resolve(value))
        case let .augmentedPart(target, compoundOperator, value):
            resolved.kind = .augmentedPart(target: resolve(target), compoundOperator: compoundOperator, value: resolve(value))
        case let .unpackingAssignment(targets, value):
            resolved.kind = .unpackingAssignment(targets: targets.map(resolve), value: resolve(value))
        case let .functionDefinition(definition):
            var inner = definition
            inner.parameters = definition.parameters.map(resolveDefault)
            resolved.kind = .functionDefinition(inner)
        case let .returnValue(value):
            resolved.kind = .returnValue(value.map(resolve))
        case let .conditional(branches, otherwise):
            resolved.kind = .conditional(branches: branches.map { ConditionalBranch(condition: resolve($0.condition), body: resolve($0.body)) },
                                         otherwise: resolve(otherwise))
        case let .forLoop(target, iterable, body, otherwise):
            resolved.kind = .forLoop(target: resolve(target), iterable: resolve(iterable), body: resolve(body), otherwise: resolve(otherwise))
        case let .whileLoop(condition, body, otherwise):
            resolved.kind = .whileLoop(condition: resolve(condition), body: resolve(body), otherwise: resolve(otherwise))
        case let .assertion(condition, message):
            resolved.kind = .assertion(condition: resolve(condition), message: message.map(resolve))
        case let .delete(targets):
            resolved.kind = .delete(targets.map(resolve))
        case .command, .breakLoop, .continueLoop, .pass, .global, .nonlocal:
            break
        }
        return resolved
    }

    func resolve(_ target: AssignmentTarget) -> AssignmentTarget {
        var resolved = target
        if target.index == nil { resolved.localSlot = scope.localSlot(target.name) }
        resolved.index = target.index?.map(resolve)
        return resolved
    }

    func resolve(_ pattern: AssignmentPattern) -> AssignmentPattern {
        switch pattern {
        case let .target(target): return .target(resolve(target))
        case let .part(base, index, span): return .part(base: resolve(base), index: index.map(resolve), span: span)
        case let .tuple(patterns, span): return .tuple(patterns.map(resolve), span: span)
        case let .starred(inner, span): return .starred(resolve(inner), span: span)
        }
    }

    func resolve(_ component: IndexComponent) -> IndexComponent {
        switch component {
        case let .single(expression): return .single(resolve(expression))
        case let .slice(start, stop, step, span):
            return .slice(start: start.map(resolve), stop: stop.map(resolve), step: step.map(resolve), span: span)
        }
    }

    /// A parameter of a nested function or lambda: its default runs here, its body does not.
    private func resolveDefault(_ parameter: FunctionParameter) -> FunctionParameter {
        var resolved = parameter
        resolved.defaultValue = parameter.defaultValue.map(resolve)
        return resolved
    }

    private func resolve(_ part: FormattedPart) -> FormattedPart {
        switch part {
        case .literal: return part
        case let .field(expression, conversion, spec, debugText):
            return .field(resolve(expression), conversion: conversion, spec: spec.map(resolve), debugText: debugText)
        }
    }

    func resolve(_ expression: Expression) -> Expression {
        var resolved = expression
        switch expression.kind {
        case .number, .integer, .string, .boolean, .none, .bigInteger, .function:
            return expression
        case let .name(name):
            resolved.localSlot = scope.localSlot(name)
            return resolved
        case let .unary(op, operand):
            resolved.kind = .unary(op, resolve(operand))
        case let .binary(op, lhs, rhs):
            resolved.kind = .binary(op, resolve(lhs), resolve(rhs))
        case let .call(callee, arguments):
            resolved.kind = .call(callee: resolve(callee), arguments: arguments.map { argument in
                var resolvedArgument = argument
                resolvedArgument.value = resolve(argument.value)
                return resolvedArgument
            })
        case let .attribute(receiver, name):
            resolved.kind = .attribute(resolve(receiver), name: name)
        case let .index(base, components):
            resolved.kind = .index(resolve(base), components.map(resolve))
        case let .tuple(elements):
            resolved.kind = .tuple(elements.map(resolve))
        case let .matrixLiteral(rows, isNestedList):
            resolved.kind = .matrixLiteral(rows: rows.map { $0.map(resolve) }, isNestedList: isNestedList)
        case let .list(elements):
            resolved.kind = .list(elements.map(resolve))
        case let .dictionary(entries):
            resolved.kind = .dictionary(entries.map { DictionaryEntry(key: resolve($0.key), value: resolve($0.value)) })
        case let .comprehension(comprehension):
            var inner = comprehension
            inner.element = resolve(comprehension.element)
            if case let .dictionary(key) = comprehension.kind { inner.kind = .dictionary(key: resolve(key)) }
            inner.clauses = comprehension.clauses.map { clause in
                Comprehension.Clause(target: resolve(clause.target), iterable: resolve(clause.iterable), conditions: clause.conditions.map(resolve))
            }
            resolved.kind = .comprehension(inner)
        case let .conditional(value, condition, otherwise):
            resolved.kind = .conditional(value: resolve(value), condition: resolve(condition), otherwise: resolve(otherwise))
        case let .formattedString(parts):
            resolved.kind = .formattedString(parts.map(resolve))
        case let .starred(inner):
            resolved.kind = .starred(resolve(inner))
        case let .lambda(parameters, body):
            resolved.kind = .lambda(parameters: parameters.map(resolveDefault), body: body)
        }
        return resolved
    }
}
