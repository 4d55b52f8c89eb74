#!/usr/bin/env python3
"""Sets up the load test's own world in a running sandbox, through the control API.

    bench/load_world.py BASE_URL OUT.lua [USERS] [PACKAGES_PER_USER]

Reads the state (GET /_sandbox/state), adds USERS load users (default 10), each with a demo
token, two files and PACKAGES_PER_USER draft packages (default 30, varied type, platform,
dates and names so filters and sorts have something to do), and puts the state back
(PUT /_sandbox/state). The added users are "imported": `POST /_sandbox/users/:mage_id/reset`
puts each back exactly as defined here (same demo token, same files, same packages with the
same submission_ids), which is what keeps the load's data bounded while requests for the
base packages and the token stay valid across a reset (see bench/load.lua).

Writes OUT.lua, a Lua table the wrk script loads with dofile: tokens, mage_ids, the
submission_ids and item_ids of each user's base packages, their file ids.
Loopback only: BASE_URL is the sandbox the caller started.
"""
import json
import random
import sys
import urllib.error
import urllib.request

base, out = sys.argv[1], sys.argv[2]
users = int(sys.argv[3]) if len(sys.argv) > 3 else 10
per_user = int(sys.argv[4]) if len(sys.argv) > 4 else 30
rng = random.Random(6)  # issue 6; the world is the same on every run
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def call(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        sys.exit(f"{method} {path}: {e.code} {e.read().decode(errors='replace')}")


state = call("GET", "/_sandbox/state")
# Reuse the seed's 16x16 PNG and one-page PDF bytes for the load users' own files.
seed_files = {f["filename"]: f for u in state["users"] for f in u.get("files", [])}
png = seed_files["icon.png"]["content"]
pdf = seed_files["user.pdf"]["content"]

TYPES = ["extension", "extension", "extension", "theme", "shared_package"]
WORDS = ["Checkout", "Shipping", "Payment", "Search", "Catalog", "Invoice", "Loyalty", "Import",
         "Export", "Analytics", "Banner", "Slider", "Reviews", "Wishlist", "Tax", "Currency"]
world = []
for u in range(users):
    mage_id = f"LOAD{u:04d}"
    token = "".join(rng.choice(ALNUM) for _ in range(32)) + "." + "".join(rng.choice(ALNUM) for _ in range(12))
    icon_id = f"load{u:04d}icon.00000001.0"
    guide_id = f"load{u:04d}guide.00000002.0"
    state["users"].append({
        "profile": {"mage_id": mage_id, "first_name": "Load", "last_name": f"User {u}",
                    "email": f"load{u}@example.com", "screen_name": f"load{u}",
                    "vendor_name": f"loadvendor{u}", "is_company": u % 2 == 0},
        "demo_tokens": [token],
        "files": [
            {"file_upload_id": icon_id, "filename": "icon.png", "content_type": "image/png", "content": png},
            {"file_upload_id": guide_id, "filename": "user.pdf", "content_type": "application/pdf", "content": pdf},
        ],
    })
    packages = []
    for i in range(per_user):
        sid = "".join(rng.choice(ALNUM) for _ in range(10))
        kind = TYPES[i % len(TYPES)]
        m1 = i % 7 == 3
        name = f"Load {rng.choice(WORDS)} {rng.choice(WORDS)} u{u} p{i}"
        year = 2020 + i % 5
        pkg = {
            "owner": mage_id, "submission_id": sid, "item_id": f"load-{u}-{i}",
            "type": kind, "platform": "M1" if m1 else "M2", "name": name,
            "long_description": f"{name}: a package of the load-test world, number {i}.",
            "release_notes": f"Release notes of {name}",
            "version_compatibility": [{"edition": "CE", "versions": ["2.4"]}],
            "media_artifacts": {"icon_image": {"file_upload_id": icon_id}},
            "documentation_artifacts": {"user": {"file_upload_id": guide_id}},
            "created_at": f"{year}-0{1 + i % 9}-1{i % 10} 10:00:00",
            "modified_at": f"{year}-0{1 + i % 9}-1{i % 10} 12:00:00",
        }
        if m1:
            pkg["sku"], pkg["version"] = f"loadvendor{u}/module-{i}", f"1.{i}.0"
        packages.append(pkg)
    state["packages"].extend(packages)
    world.append({"mage_id": mage_id, "token": token, "files": [icon_id, guide_id],
                  "packages": [p["submission_id"] for p in packages],
                  "items": [p["item_id"] for p in packages]})

answer = call("PUT", "/_sandbox/state", state)
print(f"load world: {users} users, {users * per_user} base packages; state now {answer}", file=sys.stderr)


def lua(v):
    if isinstance(v, list):
        return "{" + ", ".join(lua(x) for x in v) + "}"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k} = {lua(x)}" for k, x in v.items()) + "}"
    return json.dumps(v)  # strings of letters, digits and .-: are valid Lua string literals


with open(out, "w") as f:
    f.write("-- generated by bench/load_world.py\nreturn " + lua(world) + "\n")
