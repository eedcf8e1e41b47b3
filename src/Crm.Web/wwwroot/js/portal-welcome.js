// Sets the invited customer's password with the token from the invitation mail, then opens the sign-in page.
(function () {
    var query = new URLSearchParams(location.search);
    var email = query.get('email') || '';
    var token = query.get('token') || '';
    var form = document.getElementById('welcome');
    var problem = document.getElementById('welcome-problem');
    var button = form.querySelector('button');
    document.getElementById('welcome-email').textContent = email;

    function show(text) {
        problem.textContent = text;
        problem.hidden = !text;
    }

    form.addEventListener('submit', function (e) {
        e.preventDefault();
        if (!form.password.value) { show('Password is required.'); return; }
        if (form.password.value !== form.repeat.value) { show('The two passwords differ.'); return; }
        button.disabled = true;
        show('');
        fetch('api/portal/invitations/accept', {
            method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin',
            body: JSON.stringify({ email: email, token: token, password: form.password.value })
        }).then(function (response) {
            if (response.ok) { location.assign('login?returnUrl=portal'); return; }
            return response.json().catch(function () { return {}; }).then(function (body) {
                var errors = body.errors ? Object.keys(body.errors).map(function (k) { return body.errors[k].join(' '); }) : [];
                show(errors.join(' ') || body.detail || body.title || 'The password could not be set. Try again.');
            });
        }).catch(function () {
            show('The server could not be reached. Check the connection and try again.');
        }).finally(function () {
            button.disabled = false;
        });
    });
})();
