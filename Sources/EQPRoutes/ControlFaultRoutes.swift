import EQP
import Formats
import HTTP1
import Server

/// `POST`, `GET`, `DELETE /_sandbox/faults` and `DELETE /_sandbox/faults/:id` (FaultInjector).
struct ControlFaultRoutes {
    let faults: FaultInjector

    func register(on routes: ControlRouteRegistrar) {
        routes.add(.POST, "/faults") { ctx in
            let body = try JSONBody.parse(ctx.request, expected: #"a fault such as {"method": "PUT", "path": "/rest/v1/products/packages*", "status": 503, "count": 3}"#)
            return APIResponse.json(try faults.add(body).json, status: .created)
        }
        routes.add(.GET, "/faults") { _ in APIResponse.json(.array(faults.faults.map(\.json))) }
        routes.add(.DELETE, "/faults") { _ in
            faults.removeAll()
            return APIResponse.noContent()
        }
        routes.add(.DELETE, "/faults/:id") { ctx in
            let text = try ctx.parameter("id")
            guard let id = Int(text) else { throw EQPErrorDefinition.unknownFault.error(["id": "'\(text)'"]) }
            try faults.remove(id: id)
            return APIResponse.noContent()
        }
    }
}
