// htmx requests carry the CSRF token of the page, as forms do.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// "Copier" buttons copy the value of the field they name (data-copy), e.g. a calendar feed's URL.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy]');
  if (!button) {
    return;
  }
  var field = document.getElementById(button.getAttribute('data-copy'));
  if (field && navigator.clipboard) {
    navigator.clipboard.writeText(field.value).then(function () {
      button.textContent = 'Copié';
    });
  } else if (field) {
    field.select();
  }
});
