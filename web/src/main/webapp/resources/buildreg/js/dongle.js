/*
 * The browser's side of the dongle (加密锁) login and binding: asks the dongle agent (加密锁驱动, on 127.0.0.1) for
 * its state, fetches a nonce from the platform, has the agent sign it with the token's key, puts the signature in
 * the form and sends the form. The PIN goes to the agent only, never to the platform.
 *
 * Markup: an element #dongle with data-agent (the agent's URL) and data-context (the platform's context path);
 * #pin (the PIN field, no name, so it is never submitted), #pinMessage (the message beside it), #dongleStatus.
 * BuildRegDongle.send({username, password, signature, send}) takes the ids of the form's fields and its hidden
 * submit button. Tests may set BuildRegDongle.hold = true (fill the signature but do not send) or
 * BuildRegDongle.alias (ask for another certificate than the login name's).
 */
var BuildRegDongle = (function () {
    'use strict';

    var ABSENT = '未检测到加密锁驱动：请点击“下载加密锁驱动”，运行后刷新本页';

    function el(id) {
        return document.getElementById(id);
    }

    function settings() {
        var holder = el('dongle');
        // Facelets leaves out an attribute whose value is empty: the root context path.
        return {agent: holder.getAttribute('data-agent'), context: holder.getAttribute('data-context') || ''};
    }

    function agent(path, body) {
        var init = body === undefined ? {method: 'GET'}
            : {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)};
        return fetch(settings().agent + path, init).then(function (response) {
            return response.json().catch(function () {
                return {};
            }).then(function (json) {
                if (!response.ok) {
                    throw {code: json.code || 'AGENT_ERROR', error: json.error || ('加密锁驱动出错（' + response.status + '）')};
                }
                return json;
            });
        }, function () {
            throw {code: 'AGENT_ABSENT', error: ABSENT};
        });
    }

    function showPinMessage(text) {
        var message = el('pinMessage');
        message.textContent = text || '';
        message.className = text ? 'ui-message ui-message-error ui-widget ui-corner-all' : '';
        el('pin').classList.toggle('ui-state-error', !!text);
    }

    function showStatus(text, ok) {
        var status = el('dongleStatus');
        status.textContent = text;
        status.className = 'br-dongle-status ' + (ok ? 'br-dongle-ok' : 'br-dongle-missing');
    }

    function refreshStatus() {
        agent('/status').then(function (s) {
            showStatus(s.present ? '加密锁驱动已运行，已检测到加密锁（' + s.token + '）'
                : '加密锁驱动已运行，未检测到加密锁，请插入加密锁', s.present);
        }, function (e) {
            showStatus(e.error, false);
        });
    }

    function nonce() {
        return fetch(settings().context + '/dongle/nonce', {method: 'POST', credentials: 'same-origin'})
            .then(function (response) {
                if (!response.ok) {
                    throw {error: '无法取得登录请求，请刷新页面后重试'};
                }
                return response.json();
            }).then(function (json) {
                return json.nonce;
            });
    }

    var busy = false;

    /** Signs a fresh nonce with the dongle and sends the form; field checks are the server's. */
    function send(ids) {
        if (busy) {
            return false;
        }
        showPinMessage('');
        var username = el(ids.username).value.trim();
        var pin = el('pin').value;
        if (!username || !el(ids.password).value) {
            el(ids.send).click();
            return false;
        }
        if (!pin) {
            showPinMessage('请输入加密锁口令');
            return false;
        }
        busy = true;
        nonce().then(function (n) {
            return agent('/sign', {pin: pin, nonce: n, alias: BuildRegDongle.alias || username});
        }).then(function (signed) {
            el(ids.signature).value = signed.signature;
            el('pin').value = '';
            busy = false;
            if (!BuildRegDongle.hold) {
                el(ids.send).click();
            }
        }, function (e) {
            busy = false;
            showPinMessage(e.error || '加密锁签名失败');
            if (e.code === 'AGENT_ABSENT') {
                showStatus(ABSENT, false);
            }
        });
        return false;
    }

    document.addEventListener('DOMContentLoaded', function () {
        if (el('dongle')) {
            refreshStatus();
            // Enter in any field signs first: the form's own submit would arrive without a signature.
            var form = el('dongle').closest('form');
            form && form.addEventListener('keydown', function (event) {
                if (event.key === 'Enter' && event.target.tagName === 'INPUT') {
                    event.preventDefault();
                    var button = document.querySelector('[data-dongle-submit]');
                    if (button) {
                        button.click();
                    }
                }
            });
        }
    });

    function enrolMessage(text, ok) {
        var message = el('enrolMessage');
        message.textContent = text;
        message.className = ok ? 'br-dongle-ok' : 'ui-message ui-message-error ui-widget ui-corner-all';
    }

    /** ADMIN's enrolment, step 1: a key pair and a CSR made on the token; the CSR goes into the issuing form. */
    function enrol(csrFieldId) {
        var alias = el('enrolAlias').value.trim();
        var holder = el('enrolHolder').value.trim();
        if (!/^[A-Za-z0-9._-]{1,64}$/.test(alias)) {
            enrolMessage('请填写加密锁将绑定的登录名（字母、数字）', false);
            return false;
        }
        if (!holder || /[,=+<>#;"\\]/.test(holder)) {
            enrolMessage('请填写使用者姓名（不含标点符号）', false);
            return false;
        }
        agent('/enrol', {pin: el('pin').value, alias: alias, subject: 'CN=' + holder + ',OU=' + alias + ',C=CN'})
            .then(function (result) {
                el(csrFieldId).value = result.csr;
                enrolMessage('已在加密锁中生成密钥和证书请求，请点击“签发证书”', true);
            }, function (e) {
                enrolMessage(e.error, false);
            });
        return false;
    }

    /** Step 2: the issued certificate and the CA's, written onto the token under the same name. */
    function store(issuedId, caId) {
        var issued = el(issuedId);
        if (!issued) {
            enrolMessage('请先签发证书', false);
            return false;
        }
        agent('/store', {pin: el('pin').value, alias: el('enrolAlias').value.trim(),
            certificate: issued.textContent.trim() + '\n' + el(caId).textContent.trim()})
            .then(function (result) {
                enrolMessage('证书已写入加密锁（序列号 ' + result.serial + '），使用者可“绑定加密锁”后登录', true);
            }, function (e) {
                enrolMessage(e.error, false);
            });
        return false;
    }

    return {send: send, refreshStatus: refreshStatus, enrol: enrol, store: store, hold: false, alias: null};
})();
