-- POSTs the public help-request form, each time with a fresh one-time token, as a resident's
-- browser would. The fields, cookie and CSRF token come from the environment (bench/run.py).
dofile("bench/report.lua")

local body_prefix = os.getenv("INTAKE_BODY")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = os.getenv("INTAKE_COOKIE")

math.randomseed(os.time() + math.floor(os.clock() * 1000000))

local function uuid()
  return (string.gsub("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", "[xy]", function(c)
    local v = (c == "x") and math.random(0, 15) or math.random(8, 11)
    return string.format("%x", v)
  end))
end

request = function()
  return wrk.format(nil, nil, nil, body_prefix .. "&token=" .. uuid())
end
