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
        /// Seconds of sandbox time per review step (SANDBOX-NOTES.md: "each step takes a second
        /// or two", a whole review within about half a minute). 0 reviews at once.
        public var reviewPaceSeconds: Int
        /// How much of the real review is played (sandbox.md): `.sandbox` or `.productionLike`.
        public var reviewMode: ReviewMode

        public init(scanDelaySeconds: Int = 2, sessionMaxSeconds: Int = 7200, demoTokensEnabled: Bool = true,
                    maxAccessKeysPerUser: Int = 3, reviewPaceSeconds: Int = 3, reviewMode: ReviewMode = .sandbox) {
            self.reviewPaceSeconds = reviewPaceSeconds
            self.reviewMode = reviewMode
            self.scanDelaySeconds = scanDelaySeconds
            self.sessionMaxSeconds = sessionMaxSeconds
            self.demoTokensEnabled = demoTokensEnabled
            self.maxAccessKeysPerUser = maxAccessKeysPerUser
        }
    }
}
