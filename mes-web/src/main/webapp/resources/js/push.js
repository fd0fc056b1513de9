/*
 * Live refresh by server push: the Faces websocket channel "mes" delivers topic names (equipment-12, telemetry, ...);
 * when one of the topics the page's <mes:push> subscribed to arrives, the page's remote command mesPushRefresh
 * re-renders what the component names. Refreshes are coalesced: at most one request in flight and one per
 * MIN_INTERVAL_MS. The interval is short so that an event (a stop, an andon) shows within a fraction of a second even
 * on a page that a running line's counters refresh every second (the telemetry watcher publishes once a second;
 * stops, calls and job steps publish as they commit), while a burst still costs one refresh.
 * Kiosk pages (data-socket on the component) listen on their own websocket instead, reconnecting when it drops.
 */
window.mesPush = window.mesPush || (function () {
    var MIN_INTERVAL_MS = 250;
    var RECONNECT_MS = 2000;
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

    function listen(path) {
        var socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + path);
        // whether the page hears pushes now, for whoever looks (a test, someone at the kiosk with the developer tools)
        socket.onopen = function () {
            window.mesPush.opened();
        };
        socket.onmessage = function (event) {
            window.mesPush.receive(event.data);
        };
        socket.onclose = function () {
            window.mesPush.closed();
            setTimeout(function () {
                listen(path);
            }, RECONNECT_MS);
        };
    }

    document.addEventListener('DOMContentLoaded', function () {
        var element = document.querySelector('.mes-push[data-socket]:not([data-socket=""])');
        if (element !== null) {
            listen(element.getAttribute('data-socket'));
        }
    });

    return {
        /*
         * The socket is open: refresh once, since whatever was published between the page's rendering and now (or
         * while a dropped socket was reconnecting) never reached this page. Also tells whoever looks (a test, someone
         * with the developer tools) that the page hears pushes now.
         */
        opened: function () {
            document.documentElement.setAttribute('data-mes-push-socket', 'open');
            schedule();
        },
        closed: function () {
            document.documentElement.setAttribute('data-mes-push-socket', 'closed');
        },
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
