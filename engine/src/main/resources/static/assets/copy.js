// Copy buttons: a button with data-copy="ID" copies the text of the element ID and says so
// in the element with data-copied="ID". Without a clipboard the buttons stay hidden and
// the text can be selected by hand.
(function () {
  if (!navigator.clipboard) {
    return;
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('button[data-copy]').forEach(function (button) {
      var id = button.getAttribute('data-copy');
      var source = document.getElementById(id);
      var status = document.querySelector('[data-copied="' + id + '"]');
      if (!source) {
        return;
      }
      button.hidden = false;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(source.textContent.trim()).then(function () {
          if (status) { status.textContent = 'Copied.'; }
        }, function () {
          if (status) { status.textContent = 'Could not copy: select the code and copy it by hand.'; }
        });
      });
    });
  });
})();
