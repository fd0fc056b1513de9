/*
 * Running timers of the live floor pages and the andon board: every element with data-since (a stop's start, an
 * andon call's raise; epoch milliseconds) shows how long ago that was, ticking each second in the browser; elements a
 * push refresh brings in are picked up at the next tick.
 */
(function () {
    function pad(number) {
        return number < 10 ? '0' + number : String(number);
    }

    function tick() {
        var now = Date.now();
        var timers = document.querySelectorAll('[data-since]');
        for (var i = 0; i < timers.length; i++) {
            var seconds = Math.max(0, Math.floor((now - Number(timers[i].getAttribute('data-since'))) / 1000));
            var hours = Math.floor(seconds / 3600);
            timers[i].textContent = (hours > 0 ? hours + ':' : '') + pad(Math.floor(seconds / 60) % 60) + ':' + pad(seconds % 60);
        }
    }

    if (!window.mesFloorTimers) {
        window.mesFloorTimers = setInterval(tick, 1000);
        document.addEventListener('DOMContentLoaded', tick);
    }
}());
