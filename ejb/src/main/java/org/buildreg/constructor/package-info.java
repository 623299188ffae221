/** 二级建造师: level-2 constructor registrations, their specialties, and the module's certificate query. */
package org.buildreg.constructor;
