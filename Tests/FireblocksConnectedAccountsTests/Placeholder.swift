import Testing
@Test func placeholderFireblocksConnectedAccountsTests() {}
