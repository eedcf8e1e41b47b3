// Signs in against the API and opens the app (the page asked for, if it is one of the app's own).
(function () {
    var form = document.getElementById('sign-in');
    var problem = document.getElementById('sign-in-problem');
    var button = form.querySelector('button');

    function target() {
        var r = new URLSearchParams(location.search).get('returnUrl') || '';
        // Only a path inside this app: never an open redirect.
        if (!r || r.indexOf('login') === 0 || r.indexOf('//') >= 0 || r.indexOf(':') >= 0 || r.indexOf('\\') >= 0) return '';
        return r.replace(/^\/+/, '');
    }

    function show(text) {
        problem.textContent = text;
        problem.hidden = !text;
    }

    form.addEventListener('submit', function (e) {
        e.preventDefault();
        var email = form.email.value.trim();
        var password = form.password.value;
        if (!email || !password) { show(!email ? 'Email is required.' : 'Password is required.'); return; }
        button.disabled = true;
        button.textContent = 'Signing in…';
        show('');
        fetch('api/auth/login', {
            method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin',
            body: JSON.stringify({ email: email, password: password })
        }).then(function (response) {
            if (response.ok) { location.assign(document.baseURI.replace(/[^/]*$/, '') + target()); return; }
            return response.json().catch(function () { return {}; }).then(function (body) {
                show(body.detail || body.title || 'Signing in failed. Try again.');
            });
        }).catch(function () {
            show('The server could not be reached. Check the connection and try again.');
        }).finally(function () {
            button.disabled = false;
            button.textContent = 'Sign in';
        });
    });
})();
