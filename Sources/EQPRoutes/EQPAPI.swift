import EQP
import Server

/// The EQP REST API (`/rest/v1`) on top of a `SandboxStore`, plus the download links that
/// file records point at.
public enum EQPAPI {
    /// Every EQP endpoint starts with this (rest-api.md, "API versioning").
    public static let prefix = "/rest/v1"

    /// Adds every route of this module to `router`. Call once, before the server starts.
    public static func register(on router: Router, store: SandboxStore) {
        SessionRoutes(store: store).register(on: router)
        UserRoutes(store: store).register(on: router)
        KeyRoutes(store: store).register(on: router)
        FileRoutes(store: store).register(on: router)
        ReportRoutes(store: store).register(on: router)
        PackageRoutes(store: store).register(on: router)
        TestResultRoutes(store: store).register(on: router)
    }
}
