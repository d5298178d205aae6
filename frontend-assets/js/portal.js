// Progressive enhancement only: every form works without this script.
(function () {
  'use strict';

  document.documentElement.classList.add('js');

  function showFor(form) {
    var checked = form.querySelector('input[data-domain-type]:checked');
    var domain = checked ? checked.value : 'DEFAULT';
    form.querySelectorAll('[data-show-for-domain]').forEach(function (section) {
      section.classList.toggle('is-hidden', section.getAttribute('data-show-for-domain') !== domain);
    });
    form.querySelectorAll('[data-show-when-checked]').forEach(function (section) {
      var box = form.querySelector('input[type=checkbox][name="' +
        section.getAttribute('data-show-when-checked') + '"]');
      section.classList.toggle('is-hidden', !(box && box.checked));
    });
  }

  function refreshChoices(form) {
    var button = form.querySelector('[data-refresh-button]');
    if (button) {
      button.click();
    }
  }

  function loadKeyAliases(form, keyStore) {
    var aliasPicker = form.querySelector('[data-picker=keyAlias] select');
    var tenant = form.querySelector('[name=tenantId]');
    var url = form.getAttribute('data-key-aliases-url');
    if (!aliasPicker || !tenant || !url || !keyStore) {
      return;
    }
    var query = '?tenant=' + encodeURIComponent(tenant.value) + '&keyStore=' + encodeURIComponent(keyStore);
    fetch(url + query, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('status ' + response.status);
        }
        return response.json();
      })
      .then(function (options) {
        var first = aliasPicker.options[0];
        aliasPicker.innerHTML = '';
        aliasPicker.appendChild(first);
        options.forEach(function (option) {
          var element = document.createElement('option');
          element.value = option.value;
          element.textContent = option.label;
          aliasPicker.appendChild(element);
        });
        if (options.length === 1) {
          aliasPicker.value = options[0].value;
        }
      })
      .catch(function () {
        // The server-side refresh explains what failed next to the field.
        refreshChoices(form);
      });
  }

  function enhanceForm(form) {
    showFor(form);
    form.addEventListener('change', function (event) {
      var target = event.target;
      if (target.matches('[data-refresh-on-change]')) {
        refreshChoices(form);
        return;
      }
      if (target.matches('[data-picker=keyStore] select')) {
        loadKeyAliases(form, target.value);
      }
      showFor(form);
    });
  }

  function enhanceCopyButtons() {
    document.querySelectorAll('[data-copy]').forEach(function (button) {
      var source = document.getElementById(button.getAttribute('data-copy'));
      if (!source || !navigator.clipboard) {
        return;
      }
      button.hidden = false;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(source.textContent.trim()).then(function () {
          button.textContent = button.getAttribute('data-copied-label');
        });
      });
    });
  }

  function enhanceSubmitOnce() {
    document.querySelectorAll('form[data-submit-once]').forEach(function (form) {
      form.addEventListener('submit', function () {
        form.querySelectorAll('button[type=submit]').forEach(function (button) {
          setTimeout(function () { button.disabled = true; }, 0);
        });
      });
    });
  }

  function enhanceAutoSubmit() {
    document.querySelectorAll('form[data-autosubmit] select').forEach(function (select) {
      select.addEventListener('change', function () { select.form.submit(); });
    });
  }

  // Pages write times in the zone this cookie names (UTC without it), and a history
  // search reads its dates in the zone its form names: the browser's own by default.
  function shareTimeZone() {
    var zone;
    try {
      zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (ignored) {
      return;
    }
    if (!zone || !/^[A-Za-z0-9_+\-\/]{1,64}$/.test(zone)) {
      return;
    }
    if (document.cookie.split('; ').indexOf('portal_zone=' + zone) === -1) {
      var secure = location.protocol === 'https:' ? '; Secure' : '';
      document.cookie = 'portal_zone=' + zone + '; Path=/; Max-Age=31536000; SameSite=Lax' + secure;
    }
    var field = document.querySelector('[data-viewer-zone]');
    if (field && !/[?&]zone=/.test(location.search)) {
      field.value = zone;
    }
  }

  function enhancePrintButtons() {
    document.querySelectorAll('[data-print]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () { window.print(); });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    shareTimeZone();
    enhancePrintButtons();
    var form = document.getElementById('vhost-form');
    if (form) {
      enhanceForm(form);
    }
    enhanceCopyButtons();
    enhanceSubmitOnce();
    enhanceAutoSubmit();
  });
})();
