*** Settings ***
Documentation    Ten tests that each need a logged-in admin (see admin.resource).

Resource         admin.resource


*** Test Cases ***
Admin 01 Reads The Accounts Page
    Admin Reads The Accounts Page

Admin 02 Reads The Accounts Page
    Admin Reads The Accounts Page

Admin 03 Reads The Accounts Page
    Admin Reads The Accounts Page

Admin 04 Reads The Accounts Page
    Admin Reads The Accounts Page

Admin 05 Reads The Accounts Page
    Admin Reads The Accounts Page

Admin 06 Reads The Accounts Page
    Admin Reads The Accounts Page

Admin 07 Reads The Accounts Page
    Admin Reads The Accounts Page

Admin 08 Reads The Accounts Page
    Admin Reads The Accounts Page

Admin 09 Reads The Accounts Page
    Admin Reads The Accounts Page

Admin 10 Reads The Accounts Page
    Admin Reads The Accounts Page
