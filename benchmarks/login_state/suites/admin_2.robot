*** Settings ***
Documentation    Ten tests that each need a logged-in admin (see admin.resource).

Resource         admin.resource


*** Test Cases ***
Admin 11 Reads The Accounts Page
    Admin Reads The Accounts Page

Admin 12 Reads The Accounts Page
    Admin Reads The Accounts Page

Admin 13 Reads The Accounts Page
    Admin Reads The Accounts Page

Admin 14 Reads The Accounts Page
    Admin Reads The Accounts Page

Admin 15 Reads The Accounts Page
    Admin Reads The Accounts Page

Admin 16 Reads The Accounts Page
    Admin Reads The Accounts Page

Admin 17 Reads The Accounts Page
    Admin Reads The Accounts Page

Admin 18 Reads The Accounts Page
    Admin Reads The Accounts Page

Admin 19 Reads The Accounts Page
    Admin Reads The Accounts Page

Admin 20 Reads The Accounts Page
    Admin Reads The Accounts Page
