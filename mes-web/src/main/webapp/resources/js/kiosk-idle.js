/*
 * Signs the operator out of an idle kiosk: after data-idle-seconds without a touch, click or key, the page goes to
 * the sign-out address. The server's session expires at the same time anyway; this makes the screen show it.
 */
(function () {
    // every operator page of the kiosk carries the idle time on one element
    var home = document.querySelector('[data-idle-seconds]');
    if (!home) {
        return;
    }
    var idleMillis = parseInt(home.getAttribute('data-idle-seconds'), 10) * 1000;
    var signOut = home.getAttribute('data-sign-out');
    var timer;
    function restart() {
        clearTimeout(timer);
        timer = setTimeout(function () { window.location.assign(signOut); }, idleMillis);
    }
    ['pointerdown', 'keydown', 'touchstart'].forEach(function (event) {
        document.addEventListener(event, restart, { passive: true });
    });
    restart();
}());
