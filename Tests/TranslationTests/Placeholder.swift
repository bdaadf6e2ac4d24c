import Testing
@Test func placeholderTranslationTests() {}
