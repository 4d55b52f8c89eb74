extension SandboxStore {
    /// The domain's tunables. The executable fills these from flags and environment; tests set
    /// them directly. Defaults follow the docs and SANDBOX-NOTES.md.
    public struct Options: Sendable, Equatable {
        /// Seconds from upload until a malware scan finishes (`in-progress` → `pass`/`fail`).
        /// 0 finishes the scan during the upload itself.
        public var scanDelaySeconds: Int
        /// Longest session a token may be granted, and the grant when `expires_in` is absent
        /// (auth.md: requests above the maximum get the maximum).
        public var sessionMaxSeconds: Int
        /// Whether the seed's fixed demo tokens (the docs' example `ust`) are accepted.
        public var demoTokensEnabled: Bool
        /// API access keys a user may hold at once (access-keys.md: three).
        public var maxAccessKeysPerUser: Int

        public init(scanDelaySeconds: Int = 2, sessionMaxSeconds: Int = 7200, demoTokensEnabled: Bool = true,
                    maxAccessKeysPerUser: Int = 3) {
            self.scanDelaySeconds = scanDelaySeconds
            self.sessionMaxSeconds = sessionMaxSeconds
            self.demoTokensEnabled = demoTokensEnabled
            self.maxAccessKeysPerUser = maxAccessKeysPerUser
        }
    }
}
