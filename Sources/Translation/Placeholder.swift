enum _PlaceholderTranslation {}
