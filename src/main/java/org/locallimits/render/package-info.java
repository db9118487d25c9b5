/** Layout: the FreeMarker configuration, display records and the page renderer. */
package org.locallimits.render;
