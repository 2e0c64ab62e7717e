-- wrk script: a mix of API requests with the tokens from the environment (bench/load.sh sets them).
local access = os.getenv("ACCESS_TOKEN")
local refresh = os.getenv("REFRESH_TOKEN")
-- PHOTOS=0 leaves the photos out (to tell their share of the latency from the rest).
local photos = os.getenv("PHOTOS") ~= "0"
local count = 0

request = function()
  count = count + 1
  local slot = count % 100
  if slot < 55 then
    return wrk.format("GET", "/api/protected", { ["Authorization"] = "Bearer " .. access })
  elseif slot < 80 then
    return wrk.format("GET", "/api/info", { ["Authorization"] = "Bearer " .. access })
  elseif slot < 90 then
    return wrk.format("POST", "/api/refresh", { ["Authorization"] = "Bearer " .. refresh })
  elseif slot < 99 or not photos then
    return wrk.format("GET", "/api/jwks")
  else
    return wrk.format("GET", "/api/take_photo", { ["Authorization"] = "Bearer " .. access })
  end
end
