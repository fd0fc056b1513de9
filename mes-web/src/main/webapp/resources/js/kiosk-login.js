/*
 * A keyboard-wedge badge scanner types the badge number followed by Enter. Enter in the badge field must not submit
 * the form with an empty PIN (which would count as a wrong PIN); it moves on to the PIN instead.
 */
(function () {
    var badge = document.getElementById('badgeNumber');
    var pin = document.getElementById('pin');
    if (!badge || !pin) {
        return;
    }
    badge.addEventListener('keydown', function (event) {
        if (event.key === 'Enter') {
            event.preventDefault();
            pin.focus();
        }
    });
}());
