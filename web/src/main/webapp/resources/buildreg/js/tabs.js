/* The tabs of a long application form (安管人员 新增申报): all panels are in the one form, so 保存 submits every
   field; a tab only shows or hides its panel. After an update the tab with the first refused field is shown. */
window.buildreg = window.buildreg || {};
(function (br) {
    br.showTab = function (name) {
        document.querySelectorAll('.br-sheet').forEach(function (tab) {
            var on = tab.getAttribute('data-tab') === name;
            tab.classList.toggle('br-sheet-active', on);
            tab.setAttribute('aria-selected', on ? 'true' : 'false');
        });
        document.querySelectorAll('.br-sheet-panel').forEach(function (panel) {
            panel.classList.toggle('br-sheet-hidden', panel.getAttribute('data-tab') !== name);
        });
        br.currentTab = name;
    };
    br.initTabs = function () {
        var strip = document.querySelector('.br-sheets');
        if (!strip) {
            return;
        }
        // A strip not seen before was just rendered (page load, or 保存 updating the form): show the
        // tab of the first refused field. A partial update (增加一行, 考核 result) keeps the tab the user is on.
        var fresh = !strip.hasAttribute('data-ready');
        strip.setAttribute('data-ready', 'true');
        var refused = fresh ? document.querySelector('.br-sheet-panel .ui-message-error') : null;
        var panel = refused ? refused.closest('.br-sheet-panel') : null;
        br.showTab(panel ? panel.getAttribute('data-tab') : (br.currentTab || 'cover'));
    };
    // One listener for every strip, whatever was re-rendered since.
    document.addEventListener('click', function (event) {
        var tab = event.target.closest ? event.target.closest('.br-sheet') : null;
        if (tab) {
            br.showTab(tab.getAttribute('data-tab'));
        }
    });
    // No inline script (the CSP allows none): set up on load and again after every PrimeFaces update.
    document.addEventListener('DOMContentLoaded', function () {
        if (!document.querySelector('.br-sheet')) {
            return;
        }
        br.initTabs();
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', br.initTabs);
        }
    });
})(window.buildreg);
