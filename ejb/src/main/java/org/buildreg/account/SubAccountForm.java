package org.buildreg.account;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** 添加子账户: login name, password, the holder's name and phone, and the ticked modules. */
public class SubAccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String password;
    private String holderName;
    private String phone;
    private List<Module> modules = new ArrayList<>();

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getHolderName() { return holderName; }
    public void setHolderName(String holderName) { this.holderName = holderName; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public List<Module> getModules() { return modules; }
    public void setModules(List<Module> modules) { this.modules = modules; }
}
