// The theme is chosen before anything renders (no flash): the user's choice, else the system's setting.
(function () {
    var key = 'b2bcrm-theme';
    var system = window.matchMedia('(prefers-color-scheme: dark)');
    function href(theme) { return '_content/Radzen.Blazor/css/' + (theme === 'dark' ? 'material-dark' : 'material') + '.css'; }
    function apply(theme) {
        document.documentElement.dataset.theme = theme;
        var link = document.getElementById('theme');
        if (link) link.href = href(theme);
    }
    var chosen = localStorage.getItem(key);
    var theme = chosen || (system.matches ? 'dark' : 'light');
    document.documentElement.dataset.theme = theme;
    document.write('<link id="theme" rel="stylesheet" href="' + href(theme) + '" />');
    system.addEventListener('change', function (e) { if (!localStorage.getItem(key)) apply(e.matches ? 'dark' : 'light'); });
    window.b2bcrm = {
        theme: function () { return document.documentElement.dataset.theme; },
        setTheme: function (t) { localStorage.setItem(key, t); apply(t); },
        wide: function () { return window.innerWidth > 900; },
        focus: function (selector) { var e = document.querySelector(selector); if (e) e.focus(); }
    };
})();
