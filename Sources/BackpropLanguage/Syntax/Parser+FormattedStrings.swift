/// f-strings: the body split into text and `{expression!conversion:spec}` fields, each field's
/// expression parsed where it stands in the source, so an error inside it is underlined there.
extension Parser {
    mutating func formattedParts(_ body: String, offset: Int, isRaw: Bool) throws(Diagnostic) -> [FormattedPart] {
        throw Diagnostic(message: "f-strings are not ready yet", span: SourceSpan(offset, offset + body.count))
    }
}
