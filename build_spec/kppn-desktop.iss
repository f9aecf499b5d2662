; Inno Setup 6 script: the Windows installer of KPPN Desktop, from the one-folder bundle.
;   1. on Windows: pip install -e .[bundle] && pyinstaller --noconfirm build_spec\kppn_desktop.spec
;   2. "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" build_spec\kppn-desktop.iss
; Output: dist\kppn-desktop-setup-<version>.exe. Not run in this repository's CI (Linux only):
; see docs/WINDOWS.md for what was and was not verified.
;
; The version is read from the bundle's kppn-desktop.exe, whose version resource the spec writes
; from kppn_desktop.__version__, so the installer never names another version than the program.

#define AppName "KPPN Desktop"
#define BundleDir "..\dist\kppn-desktop"
#define AppExe "kppn-desktop.exe"
#define AppVersion GetVersionNumbersString(AddBackslash(SourcePath) + BundleDir + "\" + AppExe)
#if AppVersion == ""
  #error "dist\kppn-desktop\kppn-desktop.exe has no version: build the bundle on Windows first"
#endif

[Setup]
; A fixed id: an upgrade replaces the installed version instead of installing beside it.
AppId={{6B0E2F4C-8C1D-4E57-9A3B-5F2D7C1A9E40}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=KPPN
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user or for all users, as the installing person chooses; no administrator needed for
; a per-user install. The database and logs live in the user's %LOCALAPPDATA%\KPPN Desktop,
; never in the program folder, so an uninstall leaves the office's data alone.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=kppn-desktop-setup-{#AppVersion}
SetupIconFile=..\kppn_desktop\resources\icons\kppn-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
; Inno Setup ships no Indonesian among its official languages: put the community translation
; (Indonesian.isl, from jrsoftware.org/files/istrans/) beside this script to install in Indonesian.
#if FileExists(AddBackslash(SourcePath) + "Indonesian.isl")
Name: "indonesian"; MessagesFile: "Indonesian.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole bundle: the program, its console twin (kppn-desktop-cli.exe, for the office tools)
; and _internal\ with Python, Qt and the fonts.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\Catatan aplikasi (folder)"; Filename: "{localappdata}\{#AppName}\Logs"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
