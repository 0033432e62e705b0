// Remembers the browser's time zone, so that deadlines are shown in the reader's zone
// beside the call's own (no other use; a cookie of the zone's name only).
(function () {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) {
      document.cookie = 'gavel_zone=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax';
    }
  } catch (e) {
    // an old browser: the call's zone alone is shown
  }
})();
