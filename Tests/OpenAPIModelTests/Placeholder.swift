import Testing
@Test func placeholderOpenAPIModelTests() {}
