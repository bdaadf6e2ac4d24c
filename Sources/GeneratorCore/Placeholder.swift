enum _PlaceholderGeneratorCore {}
