-- wrk script for bench/load.sh: a realistic mix of EQP calls from many users on keep-alive
-- connections, with every response's status counted.
--
-- The world (bench/load_world.py, loaded from $LOAD_WORLD) is USERS imported users, each with a
-- never-expiring demo token, two files and a set of base draft packages. Per request, a user is
-- picked at random and one of:
--
--   30%  list packages with filters, sorting and paging (several query shapes)
--   20%  get one of the user's base packages by submission_id
--   15%  get the user's profile (summary or full)
--   10%  PUT a draft update to one of the user's base packages (a bounded set: no growth)
--   12%  batch submit: POST /rest/v1/products/packages with three new draft packages
--    8%  upload: POST /rest/v1/files/uploads, multipart with two files (a 32 KiB ZIP, a PNG)
--    5%  list the user's files
--
-- Keeping memory bounded. Submits and uploads add data for good (there is no DELETE for a
-- package), so a server that is fine would still grow for as long as the load runs. Real
-- shared sandboxes are used the way README "The test suite pattern" describes: each suite
-- works as its own user and resets that user in tearDown. The load does the same: every
-- RESET_EVERY requests (default 250) a thread sends POST /_sandbox/users/:mage_id/reset for the
-- next load user in turn, so new packages and uploads are dropped at a rate proportional to
-- the rate they are made, on a fast machine or a slow one: what one user holds between two
-- resets is bounded by a request count, not by time. The reset puts back the user's base
-- packages and files with the same ids and keeps the demo token, so no request of the mix is
-- invalidated by a reset racing it: any non-2xx answer is a failure.
--
-- done() prints one line starting "LOAD_RESULT" for bench/load.sh to parse, and the first few
-- unexpected answers (status and body) for diagnosis.

local world = dofile(os.getenv("LOAD_WORLD"))
local RESET_EVERY = tonumber(os.getenv("RESET_EVERY") or "250")
local UPLOAD_KIB = tonumber(os.getenv("UPLOAD_KIB") or "32")

local threads = {}
local next_id = 1

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local id, sent, submitted = 0, 0, 0
statuses = {}       -- global: read by done() through thread:get
unexpected = {}     -- the first few non-2xx answers, "status body"
local reset_cursor = 0

local LIST_QUERIES = {
  "?limit=20&offset=0",
  "?sort=-created_at&limit=10&offset=%d",
  "?name=load&sort=%%2Bname&limit=20&offset=%d",
  "?type=extension&platform=M2&sort=-modified_at,%%2Bname&limit=5&offset=%d",
  "?eqp_status.overall=draft&sort=name&limit=15",
  "?created_at=2021-01-01,2023-12-31&sort=-created_at&limit=10&offset=%d",
  "?long_description=package&type=theme&limit=-1",
  "?item_id=load&sort=-item_id&limit=25&offset=%d",
}

local upload_boundary = "----eqpLoadBoundary7MA4YWxkTrZu0gW"
local upload_body

function init(args)
  id = tonumber(wrk.thread:get("id")) or 1
  math.randomseed(id * 7919 + os.time())
  reset_cursor = (id - 1) * 3
  -- An UPLOAD_KIB (32) KiB artifact-like part (ZIP magic, then filler) and a tiny PNG-like
  -- part. The contents are never unpacked: a draft does not reference them, a reset drops them.
  local zip = "PK\3\4" .. string.rep("eqp-sandbox load artifact ", math.ceil(UPLOAD_KIB * 1024 / 26)):sub(1, UPLOAD_KIB * 1024 - 4)
  local png = "\137PNG\r\n\26\n" .. string.rep("\0", 56)
  upload_body = table.concat({
    "--" .. upload_boundary,
    'Content-Disposition: form-data; name="file[]"; filename="artifact.zip"',
    "Content-Type: application/zip", "", zip,
    "--" .. upload_boundary,
    'Content-Disposition: form-data; name="file[]"; filename="icon.png"',
    "Content-Type: image/png", "", png,
    "--" .. upload_boundary .. "--", "",
  }, "\r\n")
end

local function auth(user, extra)
  local h = {["Authorization"] = "Bearer " .. user.token}
  if extra then for k, v in pairs(extra) do h[k] = v end end
  return h
end

local JSON = {["Content-Type"] = "application/json"}

function request()
  sent = sent + 1
  if RESET_EVERY > 0 and sent % RESET_EVERY == 0 then
    reset_cursor = reset_cursor + 1
    local user = world[(reset_cursor % #world) + 1]
    return wrk.format("POST", "/_sandbox/users/" .. user.mage_id .. "/reset")
  end
  local user = world[math.random(#world)]
  local r = math.random(100)
  if r <= 30 then
    local q = LIST_QUERIES[math.random(#LIST_QUERIES)]
    return wrk.format("GET", "/rest/v1/products/packages" .. string.format(q, math.random(0, 3) * 5), auth(user))
  elseif r <= 50 then
    local sid = user.packages[math.random(#user.packages)]
    return wrk.format("GET", "/rest/v1/products/packages/" .. sid, auth(user))
  elseif r <= 65 then
    local style = (r % 2 == 0) and "summary" or "full"
    return wrk.format("GET", "/rest/v1/users/" .. user.mage_id .. "?style=" .. style, auth(user))
  elseif r <= 75 then
    local sid = user.packages[math.random(#user.packages)]
    local body = string.format(
      '{"action":{"technical":"draft","marketing":"draft"},"release_notes":"Draft %d from load thread %d",' ..
      '"version_compatibility":[{"edition":"CE","versions":["2.4"]},{"edition":"EE","versions":["2.4"]}],' ..
      '"prices":[{"edition":"CE","currency_code":"USD","price":%d.99}]}', sent, id, math.random(5, 99))
    return wrk.format("PUT", "/rest/v1/products/packages/" .. sid, auth(user, JSON), body)
  elseif r <= 87 then
    local items = {}
    for k = 1, 3 do
      submitted = submitted + 1
      local n = string.format("t%d-%d", id, submitted)
      items[k] = string.format(
        '{"action":{"technical":"draft","marketing":"draft"},"type":"extension","platform":"M2",' ..
        '"item_id":"new-%s","name":"Load new %s","long_description":"Submitted under load (%s)",' ..
        '"version_compatibility":[{"edition":"CE","versions":["2.3","2.4"]}],' ..
        '"media_artifacts":{"icon_image":{"file_upload_id":"%s"}},' ..
        '"categories":["//Extensions//Payments & Security//Checkout Enhancements"]}',
        n, n, n, user.files[1])
    end
    return wrk.format("POST", "/rest/v1/products/packages", auth(user, JSON), "[" .. table.concat(items, ",") .. "]")
  elseif r <= 95 then
    return wrk.format("POST", "/rest/v1/files/uploads",
      auth(user, {["Content-Type"] = "multipart/form-data; boundary=" .. upload_boundary}), upload_body)
  else
    return wrk.format("GET", "/rest/v1/files/uploads?limit=10", auth(user))
  end
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if (status < 200 or status > 299) and #unexpected < 5 then
    unexpected[#unexpected + 1] = status .. " " .. string.sub(body or "", 1, 300)
  end
end

function done(summary, latency, requests)
  local total, bad = {}, 0
  local samples = {}
  for _, t in ipairs(threads) do
    for code, n in pairs(t:get("statuses") or {}) do total[code] = (total[code] or 0) + n end
    for _, s in ipairs(t:get("unexpected") or {}) do
      if #samples < 5 then samples[#samples + 1] = s end
    end
  end
  local parts = {}
  local codes = {}
  for code in pairs(total) do codes[#codes + 1] = code end
  table.sort(codes)
  for _, code in ipairs(codes) do
    parts[#parts + 1] = code .. ":" .. total[code]
    if code < 200 or code > 299 then bad = bad + total[code] end
  end
  local e = summary.errors
  io.write(string.format(
    "LOAD_RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f " ..
    "connect=%d read=%d write=%d timeout=%d non2xx=%d statuses=%s\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect, e.read, e.write, e.timeout, bad, table.concat(parts, ",")))
  for _, s in ipairs(samples) do io.write("UNEXPECTED " .. s .. "\n") end
end
