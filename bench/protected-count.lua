-- wrk script: GET /api/protected with $ACCESS_TOKEN until $REQUESTS answers have come (over all threads'
-- connections: each thread stops at its share), so that CPU per request covers a known number of requests.
-- wrk itself runs for its whole -d; the file $DONE_FILE tells bench/pi.sh to end it early (SIGINT).
local token = os.getenv("ACCESS_TOKEN")
local share = 0
local answered = 0

function init(args)
    share = math.ceil(tonumber(os.getenv("REQUESTS")) / tonumber(os.getenv("THREADS") or "1"))
end

function request()
    return wrk.format("GET", "/api/protected", { ["Authorization"] = "Bearer " .. token })
end

function response(status, headers, body)
    answered = answered + 1
    if status ~= 200 then
        io.stderr:write("bench: /api/protected answered " .. status .. "\n")
    end
    if answered == share then
        local done = io.open(os.getenv("DONE_FILE"), "w")
        done:write("done\n")
        done:close()
        wrk.thread:stop()
    end
end
