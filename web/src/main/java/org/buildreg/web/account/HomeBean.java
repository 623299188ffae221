package org.buildreg.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.buildreg.dongle.DongleBinding;
import org.buildreg.dongle.DongleBindings;
import org.buildreg.account.AccountOverview;
import org.buildreg.account.AccountService;
import org.buildreg.account.ExpiryNotice;

/** 个人中心. */
@Named
@ViewScoped
public class HomeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccountService accounts;
    private AccountOverview overview;
    private List<ExpiryNotice> expiring;
    @EJB
    private DongleBindings dongles;
    private DongleBinding dongle;

    public void load() {
        overview = accounts.overview();
        expiring = accounts.expiringCertificates();
        dongle = dongles.mine();
    }

    public List<ExpiryNotice> getExpiring() {
        return expiring;
    }

    /** The bound dongle (加密锁状态), or null. */
    public DongleBinding getDongle() {
        return dongle;
    }

    public AccountOverview getOverview() {
        return overview;
    }
}
