enum _PlaceholderFireblocksConnectedAccounts {}
