-- POSTs the call card of one resident after another, each held by the caller and not called
-- yet, as a caller records their calls: every request records a fresh call. The path has {n}
-- for the resident; the first is SEQUENCE_START (bench/run.py moves it on after each run).
dofile("bench/report.lua")

local path = os.getenv("CALL_PATH")
local body = os.getenv("CALL_BODY")
local next_resident = tonumber(os.getenv("SEQUENCE_START"))
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"

request = function()
  local this = string.gsub(path, "{n}", tostring(next_resident))
  next_resident = next_resident + 1
  return wrk.format(nil, this, nil, body)
end
