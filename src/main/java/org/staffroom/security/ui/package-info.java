/** Sign-in and password screens; the app shell opens {@link org.staffroom.security.ui.ChangePasswordDialog}. */
@NamedInterface("ui")
package org.staffroom.security.ui;

import org.springframework.modulith.NamedInterface;
