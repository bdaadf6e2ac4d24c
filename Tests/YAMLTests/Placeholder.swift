import Testing
@Test func placeholderYAMLTests() {}
