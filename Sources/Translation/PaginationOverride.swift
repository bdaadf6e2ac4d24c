/// An operation's pagination as the configuration file sets it, over what is detected.
public enum PaginationOverride: Sendable, Equatable {
    /// Not paginated, whatever the spec looks like.
    case off
    /// Paginated by these, named as in the spec: the cursor query parameter, and the paths of the
    /// response properties holding the next page's cursor and the page's items (`paging.next`).
    case fields(cursor: String, next: String, items: String)
}
