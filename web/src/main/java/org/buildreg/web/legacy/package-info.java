/** 旧数据导入申请: the enterprise's requests and ADMIN's decisions on them. */
package org.buildreg.web.legacy;
