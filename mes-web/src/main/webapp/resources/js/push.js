/*
 * Live refresh by server push: the page's websocket (/push, kiosk pages /kiosk/push) delivers the topic names the page
 * subscribed to when it connected (?topics=equipment-12 telemetry ...); when one arrives, the page's remote command
 * mesPushRefresh re-renders what the component names.
 * Live messages (JSON: {"topic":"equipment-12","state":"DOWN","signals":{"FAULT_WORD":"8"}}) are applied to the DOM
 * directly, without a request: an element with data-mes-live-state="12" shows the state (text and class
 * floor-state-<STATE>, or data-mes-live-prefix + state) unless data-mes-live-hold="true" (a stop entered by hand
 * holds it down); data-mes-live-line="12=RUNNING 13=DOWN! ..." shows the worst of its equipment (as rendered, with
 * the live states over them, except those marked held by "!"); data-mes-live-signal="12:FAULT_WORD" shows the
 * value. Live figures ({"topic":"line-3","figures":{"line-3:good":"120",...}}) go into elements with
 * data-mes-live-figure="line-3:good" (text) and data-mes-live-gauge="line-3:oee-gauge" (a meter's value), so counts and
 * OEE change without a request. Bars ({"topic":"trend-3","bars":[{"label":"06:00","text":"71.3 %","height":71},...]})
 * replace the bars of the element with data-mes-live-bars="trend-3" (the line dashboard's hourly OEE trend). A live state received in the last LIVE_MS stays applied when a refresh re-renders the element, since it was
 * sent before the database had the change that refresh read; later, and after a reconnect, the rendered state counts. Refreshes are coalesced: at most one request in flight and one per
 * MIN_INTERVAL_MS. The interval is short so that an event (a stop, an andon, a job step: they publish as they commit)
 * shows within a fraction of a second, while a burst still costs one refresh.
 * The socket reconnects when it drops (the server also closes it when a write failed, so that the page refreshes).
 */
window.mesPush = window.mesPush || (function () {
    var MIN_INTERVAL_MS = 250;
    var RECONNECT_MS = 2000;
    var timer = null;
    var inFlight = false;
    var again = false;
    var last = 0;
    var ORDER = ['RUNNING', 'IDLE', 'UNKNOWN', 'DOWN'];
    /* How long a live state outranks what a refresh rendered: the stored change follows within a second or so. */
    var LIVE_MS = 5000;
    var states = {};
    var signals = {};

    function liveState(id) {
        var live = states[id];
        return live && Date.now() - live.at < LIVE_MS ? live.state : null;
    }

    function show(element, state) {
        var prefix = element.getAttribute('data-mes-live-prefix') || 'floor-state-';
        var wanted = prefix + state;
        if (!element.classList.contains(wanted)) {
            Array.prototype.slice.call(element.classList).forEach(function (name) {
                if (name.indexOf(prefix) === 0) {
                    element.classList.remove(name);
                }
            });
            element.classList.add(wanted);
        }
        if (element.children.length === 0 && element.textContent !== state) {
            element.textContent = state;
        }
    }

    function worst(entries) {
        var found = -1;
        entries.trim().split(/\s+/).forEach(function (entry) {
            var parts = entry.split('=');
            if (parts.length !== 2) {
                return;
            }
            var held = parts[1].charAt(parts[1].length - 1) === '!';
            var state = held ? parts[1].slice(0, -1) : (liveState(parts[0]) || parts[1]);
            found = Math.max(found, ORDER.indexOf(state));
        });
        return found < 0 ? 'UNKNOWN' : ORDER[found];
    }

    /* Applies the live states and values received so far; writes only what differs, so observing it ends. */
    function applyLive() {
        document.querySelectorAll('[data-mes-live-state]').forEach(function (element) {
            var state = liveState(element.getAttribute('data-mes-live-state'));
            if (state && element.getAttribute('data-mes-live-hold') !== 'true') {
                show(element, state);
            }
        });
        document.querySelectorAll('[data-mes-live-line]').forEach(function (element) {
            show(element, worst(element.getAttribute('data-mes-live-line')));
        });
        document.querySelectorAll('[data-mes-live-signal]').forEach(function (element) {
            var key = element.getAttribute('data-mes-live-signal').split(':');
            var values = signals[key[0]];
            if (values && key[1] in values) {
                var text = values[key[1]] === null ? '\u2014' : values[key[1]];
                if (element.textContent !== text) {
                    element.textContent = text;
                }
            }
        });
    }

    /*
     * Figures (counts, OEE) of a live message: written as they come into the elements marked with their keys; not kept,
     * since a refresh reads what is stored, which is as new.
     */
    function figures(values) {
        document.querySelectorAll('[data-mes-live-figure]').forEach(function (element) {
            var key = element.getAttribute('data-mes-live-figure');
            if (key in values && element.textContent !== values[key]) {
                element.textContent = values[key];
            }
        });
        document.querySelectorAll('[data-mes-live-gauge]').forEach(function (element) {
            var key = element.getAttribute('data-mes-live-gauge');
            if (key in values && element.getAttribute('value') !== values[key]) {
                element.setAttribute('value', values[key]);
            }
        });
    }

    /* The bars of a chart, built as the page renders them (floor-trend-bar: text over, bar, label under); not kept either. */
    function bars(topic, values) {
        document.querySelectorAll('[data-mes-live-bars]').forEach(function (element) {
            if (element.getAttribute('data-mes-live-bars') !== topic) {
                return;
            }
            var built = values.map(function (value) {
                var bar = document.createElement('div');
                bar.className = 'floor-trend-bar';
                bar.title = value.text;
                var text = document.createElement('small');
                text.textContent = value.text;
                var height = document.createElement('span');
                height.style.height = value.height + '%';
                var label = document.createElement('small');
                label.textContent = value.label;
                bar.append(text, height, label);
                return bar;
            });
            element.replaceChildren.apply(element, built);
            element.classList.toggle('floor-trend-empty', built.length === 0);
        });
    }

    function counted() {
        document.documentElement.setAttribute('data-mes-push-live',
            String(Number(document.documentElement.getAttribute('data-mes-push-live') || 0) + 1));
    }

    function live(message) {
        if (!subscribed(message.topic)) {
            return;
        }
        if (message.figures) {
            figures(message.figures);
            counted();
            return;
        }
        if (message.bars) {
            bars(message.topic, message.bars);
            counted();
            return;
        }
        if (message.topic.indexOf('equipment-') !== 0) {
            return;
        }
        var id = message.topic.substring('equipment-'.length);
        if (message.state) {
            states[id] = {state: message.state, at: Date.now()};
        }
        signals[id] = message.signals || {};
        applyLive();
        counted();
    }

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

    function topics() {
        var names = [];
        document.querySelectorAll('.mes-push[data-topics]').forEach(function (element) {
            element.getAttribute('data-topics').split(/\s+/).forEach(function (name) {
                if (name !== '' && names.indexOf(name) < 0) {
                    names.push(name);
                }
            });
        });
        return names.join(' ');
    }

    function listen(path) {
        var socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + path
            + '?topics=' + encodeURIComponent(topics()));
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
        // a refresh (or any other AJAX update) re-renders state elements as the database had them: the live state is newer
        new MutationObserver(function (mutations) {
            for (var i = 0; i < mutations.length; i++) {
                if (mutations[i].addedNodes.length > 0) {
                    applyLive();
                    return;
                }
            }
        }).observe(document.body, {subtree: true, childList: true});
        var element = document.querySelector('.mes-push[data-socket]');
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
            // what arrived before the socket dropped may be older than what the refresh below reads
            states = {};
            document.documentElement.setAttribute('data-mes-push-socket', 'open');
            schedule();
        },
        closed: function () {
            document.documentElement.setAttribute('data-mes-push-socket', 'closed');
        },
        receive: function (message) {
            var text = String(message);
            if (text.charAt(0) === '{') {
                live(JSON.parse(text));
            } else if (subscribed(text)) {
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
