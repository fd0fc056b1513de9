/*
 * Live refresh by server push: the Faces websocket channel "mes" delivers topic names (equipment-12, telemetry, ...);
 * when one of the topics the page's <mes:push> subscribed to arrives, the page's remote command mesPushRefresh
 * re-renders what the component names. Refreshes are coalesced: at most one request in flight and one a second.
 */
window.mesPush = window.mesPush || (function () {
    var MIN_INTERVAL_MS = 1000;
    var timer = null;
    var inFlight = false;
    var again = false;
    var last = 0;

    function subscribed(topic) {
        var elements = document.querySelectorAll('.mes-push[data-topics]');
        for (var i = 0; i < elements.length; i++) {
            if (elements[i].getAttribute('data-topics').split(/\s+/).indexOf(topic) >= 0) {
                return true;
            }
        }
        return false;
    }

    function schedule() {
        if (timer !== null) {
            return;
        }
        if (inFlight) {
            again = true;
            return;
        }
        timer = setTimeout(function () {
            timer = null;
            inFlight = true;
            last = Date.now();
            window.mesPushRefresh();
        }, Math.max(0, last + MIN_INTERVAL_MS - Date.now()));
    }

    return {
        receive: function (message) {
            if (subscribed(String(message))) {
                schedule();
            }
        },
        refreshed: function () {
            inFlight = false;
            document.documentElement.setAttribute('data-mes-push-refreshes',
                String(Number(document.documentElement.getAttribute('data-mes-push-refreshes') || 0) + 1));
            if (again) {
                again = false;
                schedule();
            }
        }
    };
}());
