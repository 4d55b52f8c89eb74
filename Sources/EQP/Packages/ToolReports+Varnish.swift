import Formats

extension ToolReports {
    /// One varnish report per Magento release × edition × PHP version (test-results.md,
    /// "Varnish"); details are the command/output steps, and in a failed run "the last
    /// command/output step in the details section is the command that failed".
    static func varnishReports(_ run: ToolRun) -> [JSON] {
        var combinations: [(release: String, edition: String)] = []
        for entry in run.compatibility {
            let edition = MagentoPHPVersions.installedEdition(entry.edition)
            for version in entry.versions {
                let release = MagentoPHPVersions.release(for: version)
                if !combinations.contains(where: { $0.release == release && $0.edition == edition }) {
                    combinations.append((release, edition))
                }
            }
        }
        if combinations.isEmpty { combinations = [(MagentoPHPVersions.release(for: "2.4"), "CE")] }
        combinations.sort {
            $0.release != $1.release ? PackageVersionOrder.compare($0.release, $1.release) == .ascending : $0.edition < $1.edition
        }
        var reports: [JSON] = []
        for (release, edition) in combinations {
            for php in MagentoPHPVersions.php(forRelease: release) {
                var o = reportHeader(run)
                o.append("magento_platform", .string(run.platform))
                o.append("magento_edition", .string(edition))
                o.append("magento_version", .string(release))
                o.append("php_version", .string(php))
                o.append("status", .string(run.status.detailValue))
                o.append("date", .string(UTCTimestamp.format(run.date)))
                o.append("details", .array(varnishSteps(run, passed: run.status.passes)))
                reports.append(.object(o))
            }
        }
        return reports
    }

    static func varnishSteps(_ run: ToolRun, passed: Bool) -> [JSON] {
        func step(_ command: String, _ output: String) -> JSON {
            var o = JSONObject()
            o.append("command", .string(command))
            o.append("output", .string(output))
            return .object(o)
        }
        let package = run.sku.isEmpty ? run.extensionName : run.sku
        var steps = [
            step("composer require \(package):\(run.version) 2>&1",
                 "./composer.json has been updated\nLoading composer repositories with package information\nUpdating dependencies\nPackage operations: 1 install, 0 updates, 0 removals\n  - Installing \(package) (\(run.version)): Extracting archive\nWriting lock file\nGenerating autoload files"),
            step("php bin/magento setup:upgrade",
                 "Cache types config flushed successfully\nCache cleared successfully\nUpdating modules:\nSchema creation/updates:\nData install/update:\nPlease re-run Magento compile command. Use the command \"setup:di:compile\""),
            step("php bin/magento setup:di:compile",
                 "Compilation was started.\nGenerated code and dependency injection configuration successfully."),
            step("php bin/magento cache:flush",
                 "Flushed cache types:\nconfig\nlayout\nblock_html\ncollections\nreflection\ndb_ddl\ncompiled_config\neav\ncustomer_notification\nconfig_integration\nconfig_integration_api\nfull_page\nconfig_webservice\ntranslate"),
            step("curl -s -o /dev/null -D - http://magento.test/ | grep -i x-magento-cache-debug",
                 "X-Magento-Cache-Debug: MISS"),
        ]
        steps.append(passed
            ? step("curl -s -o /dev/null -D - http://magento.test/ | grep -i x-magento-cache-debug", "X-Magento-Cache-Debug: HIT")
            : step("curl -s -o /dev/null -D - http://magento.test/ | grep -i x-magento-cache-debug",
                   "X-Magento-Cache-Debug: MISS\nThe home page was not served from the Varnish cache on the second request: a block of the extension makes the page uncacheable (cacheable=\"false\" in a layout handle used on every page)."))
        return steps
    }
}
