enum _PlaceholderOpenAPIModel {}
