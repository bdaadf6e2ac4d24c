import FireblocksConnectedAccounts
import Foundation

/// The two output formats.
enum BalanceOutput {
    static let headings = ["ASSET", "TYPE", "AVAILABLE", "LOCKED", "TOTAL"]

    /// An aligned table: text columns left-aligned, amounts right-aligned, one row per balance.
    static func table(_ rows: [ConnectedAccountBalances]) -> String {
        let cells = rows.map { [$0.assetId, $0.balanceType, $0.availableAmount, $0.lockedAmount ?? "-", $0.totalAmount] }
        var widths = headings.map(\.count)
        for row in cells {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ row: [String]) -> String {
            row.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                return index < 2 ? cell + pad : pad + cell
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
        }
        return ([headings] + cells).map(line).joined()
    }

    /// One JSON object per row, with the API's field names, keys sorted.
    static func jsonLines(_ rows: [ConnectedAccountBalances]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return rows.map { row in
            String(decoding: (try? encoder.encode(row)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
        }.joined()
    }
}
