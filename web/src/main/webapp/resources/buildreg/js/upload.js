/*
 * Files larger than a form takes are refused here, beside the field, as soon as they are chosen: the servlet
 * container refuses a request above its multipart limit (4 MB) before the platform's own checks could say why.
 * A file input may set its own limit with data-max-bytes; the platform checks type and size again on the server.
 */
(function () {
    'use strict';

    var LIMIT = 4 * 1024 * 1024;

    function megabytes(bytes) {
        return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '') + ' MB';
    }

    document.addEventListener('change', function (event) {
        var input = event.target;
        if (!(input instanceof HTMLInputElement) || input.type !== 'file') {
            return;
        }
        var max = parseInt(input.getAttribute('data-max-bytes'), 10) || LIMIT;
        var field = input.closest('.br-field') || input.parentNode;
        var old = field.querySelector('.br-upload-message');
        if (old) {
            old.remove();
        }
        var file = input.files && input.files[0];
        if (file && file.size > max) {
            input.value = '';
            var message = document.createElement('span');
            message.className = 'br-upload-message ui-message ui-message-error ui-widget ui-corner-all';
            message.setAttribute('role', 'alert');
            message.textContent = '文件“' + file.name + '”有 ' + megabytes(file.size) + '，超过 ' + megabytes(max)
                + ' 的上限，请压缩或拆分后重新选择';
            field.appendChild(message);
        }
    });
})();
