enum HelpText {
    static let version = "0.1.0"

    static func render() -> String {
        var out = """
        eqp-sandbox \(version): a local, offline stand-in for the Adobe Commerce Marketplace EQP REST API (/rest/v1).

        USAGE: eqp-sandbox [run] [options]
               eqp-sandbox healthcheck [--host ADDRESS] [--port PORT]
               eqp-sandbox errors          (the error catalogue as a Markdown table)
               eqp-sandbox --help | --version

        When ready it prints one line to stdout, `eqp-sandbox listening on http://HOST:PORT`, and serves until
        SIGTERM or SIGINT (then it finishes in-flight requests and exits 0). Logs go to stderr.
        `healthcheck` asks a running sandbox (same host/port settings) for /_sandbox/health and exits 0 if healthy.

        OPTIONS (each also as an environment variable; a flag wins over its variable):

        """
        for spec in SandboxOptions.specs {
            let flag = spec.valueName.map { "\(spec.flag) \($0)" } ?? spec.flag
            out += "  \(flag)\n"
            out += "      \(spec.help)\n"
            out += "      env: \(spec.env)   default: \(spec.defaultText)\n"
        }
        out += """
          -h, --help
              Show this help.
          --version
              Print the version.

        EXAMPLES:
          eqp-sandbox                                  # http://127.0.0.1:8080 with the bundled seed data
          eqp-sandbox --port 0                         # a free port, for test suites
          EQP_SANDBOX_HOST=0.0.0.0 eqp-sandbox         # in a container

        """
        return out
    }
}
