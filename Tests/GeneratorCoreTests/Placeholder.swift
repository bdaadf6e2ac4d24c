import Testing
@Test func placeholderGeneratorCoreTests() {}
